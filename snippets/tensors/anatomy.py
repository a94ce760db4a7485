# --8<-- [start:code]
import torch

scalar = torch.tensor(3.5)  # 0 dimensions
vector = torch.tensor([1.0, 2.0, 3.0])  # 1 dimension
matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])  # 2 dimensions
images = torch.zeros(8, 3, 32, 32)  # 4: batch, channels, height, width

for t in (scalar, vector, matrix, images):
    print(t.ndim, tuple(t.shape), t.dtype, t.numel())

print("device:", matrix.device)
# --8<-- [end:code]

# --8<-- [start:check]
assert scalar.ndim == 0 and scalar.shape == torch.Size([])
assert images.numel() == 8 * 3 * 32 * 32
assert matrix.dtype == torch.int64 and vector.dtype == torch.float32
assert str(matrix.device) == "cpu"
# --8<-- [end:check]
