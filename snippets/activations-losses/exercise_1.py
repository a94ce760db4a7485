# --8<-- [start:code]
import torch


def stable_softmax(z, dim=-1):
    # shift: the largest exponent is exp(0) = 1
    z = z - z.amax(dim=dim, keepdim=True)
    e = z.exp()
    return e / e.sum(dim=dim, keepdim=True)


def stable_log_softmax(z, dim=-1):
    # log softmax(z)_i = z_i - log(sum_j exp(z_j));
    # logsumexp subtracts the maximum internally
    return z - torch.logsumexp(z, dim=dim, keepdim=True)


z = torch.tensor([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 300.0]])
print("stable_softmax:\n", stable_softmax(z))
print("stable_log_softmax:\n", stable_log_softmax(z))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(stable_softmax(z), torch.softmax(z, dim=-1))
assert torch.allclose(
    stable_log_softmax(z), torch.log_softmax(z, dim=-1), atol=1e-4
)
assert torch.isfinite(stable_log_softmax(z)).all()
assert torch.allclose(stable_softmax(z).sum(dim=-1), torch.ones(2))
# --8<-- [end:check]
