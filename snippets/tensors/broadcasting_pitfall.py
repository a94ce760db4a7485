# --8<-- [start:code]
import torch

torch.manual_seed(0)
prediction = torch.randn(5, 1)  # a model's output: one column
target = torch.randn(5)  # labels: a flat vector

diff = prediction - target  # (5, 1) - (5,) broadcasts to (5, 5)!
print("shape of the difference:", diff.shape)
print("wrong MSE:", (diff**2).mean())
print("right MSE:", ((prediction.squeeze(1) - target) ** 2).mean())
# --8<-- [end:code]

# --8<-- [start:check]
assert diff.shape == (5, 5)
wrong = (diff**2).mean()
right = ((prediction.squeeze(1) - target) ** 2).mean()
assert not torch.isclose(wrong, right)
assert torch.isclose(
    right, torch.nn.functional.mse_loss(prediction.squeeze(1), target)
)
# --8<-- [end:check]
