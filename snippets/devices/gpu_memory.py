# book: cuda
# --8<-- [start:code]
import torch
from torch import nn

gpu = torch.device("cuda")
MiB = 2**20


def report(label):
    allocated = torch.cuda.memory_allocated() / MiB
    reserved = torch.cuda.memory_reserved() / MiB
    print(
        f"{label:<18} allocated {allocated:7.1f} MiB  reserved {reserved:7.1f}"
    )
    return allocated, reserved


report("start")
x = torch.empty(256 * MiB // 4, device=gpu)  # 256 MiB of float32
report("256 MiB tensor")
del x
after_del = report(
    "after del"
)  # the allocator keeps the block cached for reuse
torch.cuda.empty_cache()
after_empty = report("after empty_cache")  # now it is handed back to the driver

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 1024), nn.ReLU(), nn.Linear(1024, 10))
model.to(gpu)


def step_peak(batch):
    """Peak memory (MiB) of one forward and backward pass."""
    torch.cuda.reset_peak_memory_stats()
    x = torch.randn(batch, 1024, device=gpu)
    model(x).sum().backward()
    model.zero_grad(set_to_none=True)
    return torch.cuda.max_memory_allocated() / MiB


for batch in (256, 1024, 4096):
    print(f"batch {batch:5d}: peak {step_peak(batch):7.1f} MiB")

batch = 2**26  # far too large: the input alone would need 256 GiB
peak = None
while peak is None:
    try:
        peak = step_peak(batch)
    except torch.OutOfMemoryError:  # the failed try's tensors are freed after
        print(f"batch {batch}: out of memory, halving")
        batch //= 2
print(f"batch {batch} fits: peak {peak:.0f} MiB")
# --8<-- [end:code]

# --8<-- [start:check]
assert after_del[0] < 256 <= after_del[1]  # freed, but still reserved
assert after_empty[1] < after_del[1]  # empty_cache returned it
assert batch < 2**26 and peak > step_peak(4096)
# --8<-- [end:check]
