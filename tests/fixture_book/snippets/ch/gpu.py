# book: cuda
# --8<-- [start:code]
import torch

x = torch.ones(3, device="cuda")
print("sum on the GPU:", x.sum().item())
# --8<-- [end:code]
