# book: cuda varies
# --8<-- [start:code]
import torch

gpu = torch.device("cuda")


def copy_speed(tensor, repeats=20):
    """Host-to-device bandwidth in GB/s, timed with CUDA events."""
    start = torch.cuda.Event(enable_timing=True)
    end = torch.cuda.Event(enable_timing=True)
    tensor.to(gpu)  # warm up
    torch.cuda.synchronize()
    start.record()
    for _ in range(repeats):
        tensor.to(gpu, non_blocking=True)
    end.record()
    end.synchronize()
    seconds = start.elapsed_time(end) / 1000 / repeats
    return tensor.numel() * tensor.element_size() / seconds / 1e9


print(f"{'size':>8}  {'pageable GB/s':>13}  {'pinned GB/s':>11}")
for mib in (1, 16, 256):
    host = torch.empty(mib * 2**20 // 4)  # float32
    pinned = host.pin_memory()
    print(f"{mib:>5} MiB  {copy_speed(host):13.1f}  {copy_speed(pinned):11.1f}")
# --8<-- [end:code]

# --8<-- [start:check]
big = torch.empty(256 * 2**20 // 4)
assert copy_speed(big.pin_memory()) > copy_speed(big)  # pinned memory is faster
# --8<-- [end:check]
