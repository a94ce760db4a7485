# --8<-- [start:code]
import torch

# Whatever accelerator this machine has (CUDA, Apple's MPS, Intel's XPU...),
# or the CPU when there is none.
device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
print("accelerator available:", torch.accelerator.is_available())
print("device:", device)


def try_gpu(i=0):
    """The i-th CUDA GPU if it exists, else the CPU."""
    if torch.cuda.device_count() > i:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


def try_all_gpus():
    """Every CUDA GPU, or [cpu] when there is none."""
    gpus = [torch.device(f"cuda:{i}") for i in range(torch.cuda.device_count())]
    return gpus or [torch.device("cpu")]


print("CUDA available:", torch.cuda.is_available())
print("CUDA GPUs:", torch.cuda.device_count())
print(try_gpu(), try_gpu(10), try_all_gpus())
# --8<-- [end:code]

# --8<-- [start:check]
assert try_gpu(10) == torch.device("cpu")
assert len(try_all_gpus()) == max(1, torch.cuda.device_count())
assert (device.type == "cpu") == (not torch.accelerator.is_available())
# --8<-- [end:check]
