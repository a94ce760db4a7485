# --8<-- [start:code]
import torch

counts = torch.tensor([[1, 2, 3], [4, 5, 6]])
try:
    counts.mean()
except RuntimeError as err:
    print("RuntimeError:", str(err).splitlines()[0])

print(counts.float().mean())  # convert first
print(counts.mean(dtype=torch.float32))  # or ask for a floating result
print(counts.sqrt())  # math functions promote integers to float
# --8<-- [end:code]

# --8<-- [start:check]
assert counts.float().mean().item() == 3.5
assert counts.sqrt().dtype == torch.float32
# --8<-- [end:check]
