# --8<-- [start:code]
import torch

torch.manual_seed(0)
X = torch.randn(100, 3) * torch.tensor([1.0, 10.0, 100.0]) + 5

mean = X.mean(dim=0, keepdim=True)  # (1, 3): one mean per column
std = X.std(dim=0, keepdim=True)
Z = (X - mean) / std  # (100, 3) op (1, 3) broadcasts over the rows
print("column means:", Z.mean(dim=0))
print("column stds: ", Z.std(dim=0))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(Z.mean(dim=0), torch.zeros(3), atol=1e-5)
assert torch.allclose(Z.std(dim=0), torch.ones(3), atol=1e-5)
# --8<-- [end:check]
