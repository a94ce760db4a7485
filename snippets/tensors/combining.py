# --8<-- [start:code]
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.cat([a, b], dim=0).shape)  # join along an existing axis: (4, 3)
print(torch.cat([a, b], dim=1).shape)  # (2, 6)
print(torch.stack([a, b], dim=0).shape)  # a NEW axis in front: (2, 2, 3)
print(torch.stack([a, b], dim=-1).shape)  # or at the end: (2, 3, 2)

img1, img2 = torch.rand(3, 32, 32), torch.rand(3, 32, 32)  # two RGB images
batch = torch.stack([img1, img2])  # the usual way to build a batch
print(batch.shape)
# --8<-- [end:code]

# --8<-- [start:check]
assert batch.shape == (2, 3, 32, 32) and torch.stack(
    [img1, img2], dim=-1
).shape == (
    3,
    32,
    32,
    2,
)
assert torch.cat([a, b], dim=1).shape == (2, 6)
# --8<-- [end:check]
