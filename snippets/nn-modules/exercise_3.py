# --8<-- [start:code]
import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, classes)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))


torch.manual_seed(0)
old, new = MLP(classes=10), MLP(classes=3)
try:
    new.load_state_dict(old.state_dict())
except RuntimeError as err:
    print("loading everything fails:", str(err).splitlines()[1].strip())

hidden_only = {
    k: v for k, v in old.state_dict().items() if k.startswith("hidden.")
}
result = new.load_state_dict(hidden_only, strict=False)
# new.hidden.load_state_dict(old.hidden.state_dict()) does the same for
# one submodule
print("missing keys:", result.missing_keys)
print("hidden layer copied:", torch.equal(new.hidden.weight, old.hidden.weight))
print("output shape of the new model:", new(torch.rand(2, 20)).shape)
# --8<-- [end:code]

# --8<-- [start:check]
try:
    new.load_state_dict(old.state_dict(), strict=False)
except RuntimeError as err:
    # strict=False does not forgive a shape mismatch
    assert "size mismatch" in str(err)
else:
    raise AssertionError("a shape mismatch loaded")
assert (
    result.missing_keys == ["output.weight", "output.bias"]
    and result.unexpected_keys == []
)
assert torch.equal(new.hidden.weight, old.hidden.weight) and torch.equal(
    new.hidden.bias, old.hidden.bias
)
assert new(torch.rand(2, 20)).shape == (2, 3)
# --8<-- [end:check]
