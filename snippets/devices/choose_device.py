# --8<-- [start:code]
import torch


def try_gpu(i=0):
    """The i-th GPU if it exists, else the CPU."""
    if torch.cuda.device_count() > i:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


def try_all_gpus():
    """Every GPU, or [cpu] when there is none."""
    gpus = [torch.device(f"cuda:{i}") for i in range(torch.cuda.device_count())]
    return gpus or [torch.device("cpu")]


print("CUDA available:", torch.cuda.is_available())
print("GPUs:", torch.cuda.device_count())
print(try_gpu(), try_gpu(10), try_all_gpus())
# --8<-- [end:code]

# --8<-- [start:check]
assert try_gpu(10) == torch.device("cpu")
assert len(try_all_gpus()) == max(1, torch.cuda.device_count())
# --8<-- [end:check]
