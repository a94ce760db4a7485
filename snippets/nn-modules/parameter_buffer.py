# --8<-- [start:code]
import torch
from torch import nn


class Affine(nn.Module):
    """y = x * scale + shift, remembering how many samples it has seen."""

    def __init__(self, features):
        super().__init__()
        # assignment registers a Parameter
        self.scale = nn.Parameter(torch.ones(features))
        # same, by name
        self.register_parameter("shift", nn.Parameter(torch.zeros(features)))
        # saved state, not trained
        self.register_buffer("seen", torch.tensor(0))
        # not saved
        self.register_buffer(
            "last_mean", torch.zeros(features), persistent=False
        )

    def forward(self, x):
        self.seen += x.shape[0]
        self.last_mean = x.mean(dim=0).detach()
        return x * self.scale + self.shift


torch.manual_seed(0)
layer = Affine(3)
layer(torch.randn(5, 3))
layer(torch.randn(2, 3))
for name, p in layer.named_parameters():
    print(
        f"parameter {name}: {type(p).__name__}, requires_grad={p.requires_grad}"
    )
print("buffers:", dict(layer.named_buffers()))
print("state_dict keys:", list(layer.state_dict()))
print("Linear(3, 2, bias=False).bias:", nn.Linear(3, 2, bias=False).bias)
# --8<-- [end:code]

# --8<-- [start:check]
assert [n for n, _ in layer.named_parameters()] == ["scale", "shift"]
assert all(
    isinstance(p, nn.Parameter)
    and isinstance(p, torch.Tensor)
    and p.requires_grad
    for p in layer.parameters()
)
assert [n for n, _ in layer.named_buffers()] == ["seen", "last_mean"]
assert layer.seen.item() == 7 and not layer.seen.requires_grad
assert list(layer.state_dict()) == ["scale", "shift", "seen"]
assert nn.Linear(3, 2, bias=False).bias is None
# nn.parameter (lowercase) is the module torch.nn.parameter, not the class
assert not callable(nn.parameter) and nn.parameter.Parameter is nn.Parameter
layer.to(torch.float64)
# non-persistent buffers still move
assert layer.last_mean.dtype == torch.float64
try:
    nn.parameter(torch.zeros(1))
except TypeError as err:
    assert "'module' object is not callable" in str(err)
else:
    raise AssertionError("nn.parameter(...) worked")
# --8<-- [end:check]
