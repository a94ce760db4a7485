# --8<-- [start:code]
import torch

z = torch.tensor([1000.0, 1001.0, 1002.0])  # float32, as logits usually are

naive = z.exp() / z.exp().sum()  # exp(1000) overflows float32 to inf
print("naive exp(z):", z.exp(), "-> naive softmax:", naive)

shifted = (z - z.max()).exp()  # the largest exponent is now exp(0) = 1
print("shift by max:", shifted / shifted.sum())
print("torch.softmax:", torch.softmax(z, dim=0))

# Logs of tiny probabilities: softmax underflows to 0 first, log(0) = -inf.
z = torch.tensor([0.0, 200.0])
print("log(softmax(z)):", torch.log(torch.softmax(z, dim=0)))
print("log_softmax(z): ", torch.log_softmax(z, dim=0))
# --8<-- [end:code]

# --8<-- [start:check]
big = torch.tensor([1000.0, 1001.0, 1002.0])
assert torch.isinf(big.exp()).all() and torch.isnan(naive).all()
assert torch.isinf(torch.tensor(89.0).exp()) and torch.isfinite(
    torch.tensor(88.0).exp()
)
assert torch.finfo(torch.float32).max < 3.5e38
expected = torch.tensor([0.0900306, 0.2447285, 0.6652410])  # softmax([0, 1, 2])
assert torch.allclose(torch.softmax(big, dim=0), expected, atol=1e-6)
assert torch.allclose(shifted / shifted.sum(), expected, atol=1e-6)
assert torch.isneginf(torch.log(torch.softmax(z, dim=0))[0])
assert torch.allclose(torch.log_softmax(z, dim=0), torch.tensor([-200.0, 0.0]))
# --8<-- [end:check]
