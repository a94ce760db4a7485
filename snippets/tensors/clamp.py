# --8<-- [start:code]
import torch

x = torch.tensor([-3.0, 0.5, 2.0, 7.0, 12.0])
print(x.clamp(2, 10))  # below 2 becomes 2, above 10 becomes 10
print(x.clamp(min=0))  # only a lower bound: this is ReLU
x.clamp_(max=5)  # in place
print(x)

probabilities = torch.tensor([0.0, 0.3, 1.0])
eps = 1e-7
print(torch.log(probabilities))  # log(0) = -inf poisons a loss
print(torch.log(probabilities.clamp(eps, 1 - eps)))  # clamp before the log
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(
    torch.tensor([-3.0, 0.5, 2.0, 7.0, 12.0]).clamp(2, 10),
    torch.tensor([2.0, 2.0, 2.0, 7.0, 10.0]),
)
assert (
    x.max().item() == 5
    and torch.isfinite(torch.log(probabilities.clamp(eps, 1 - eps))).all()
)
# --8<-- [end:check]
