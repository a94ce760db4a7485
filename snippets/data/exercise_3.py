# --8<-- [start:code]
import torch
from torch.utils.data import DataLoader, RandomSampler, TensorDataset

dataset = TensorDataset(torch.arange(6))
sampler = RandomSampler(dataset, generator=torch.Generator().manual_seed(0))
try:
    DataLoader(dataset, sampler=sampler, shuffle=True)
except ValueError as err:
    print("ValueError:", err)

# The sampler alone decides the order; shuffle=True builds this very sampler
loader = DataLoader(dataset, sampler=sampler, batch_size=3)
print("sampler:   ", [b.tolist() for (b,) in loader])
print("sampler:   ", [b.tolist() for (b,) in loader], "(next epoch)")
print(
    "type behind shuffle=True:",
    type(DataLoader(dataset, shuffle=True).sampler).__name__,
)
print("type behind shuffle=False:", type(DataLoader(dataset).sampler).__name__)
# --8<-- [end:code]

# --8<-- [start:check]
try:
    DataLoader(dataset, sampler=sampler, shuffle=True)
    raise AssertionError("sampler and shuffle=True must be refused together")
except ValueError as err:
    assert "mutually exclusive" in str(err)
epochs = [[b.tolist() for (b,) in loader] for _ in range(3)]
assert all(sorted(sum(e, [])) == list(range(6)) for e in epochs)
assert epochs[0] != epochs[1]
assert type(DataLoader(dataset, shuffle=True).sampler) is RandomSampler
assert type(DataLoader(dataset).sampler).__name__ == "SequentialSampler"
# DataLoader(shuffle=False) with a sampler is fine: shuffle is simply unset
DataLoader(dataset, sampler=sampler, shuffle=False)
# --8<-- [end:check]
