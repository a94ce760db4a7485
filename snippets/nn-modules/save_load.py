# --8<-- [start:code]
import tempfile
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.output = nn.Linear(256, 10)

    def forward(self, x):
        return self.output(F.relu(self.hidden(x)))


torch.manual_seed(0)
net = MLP()
X = torch.randn(2, 20)

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "mlp.pt"
    torch.save(net.state_dict(), path)  # parameters and buffers, by name
    print(f"saved {path.name}: {path.stat().st_size / 1024:.0f} KiB")
    # the code builds the architecture; the file supplies the numbers
    clone = MLP()
    print("before loading, same output:", torch.equal(clone(X), net(X)))
    result = clone.load_state_dict(torch.load(path, weights_only=True))
    print("load_state_dict:", result)

clone.eval()
print("after loading, same output:", torch.equal(clone(X), net(X)))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.equal(clone(X), net(X))
assert not result.missing_keys and not result.unexpected_keys
assert all(
    torch.equal(a, b)
    for a, b in zip(
        clone.state_dict().values(), net.state_dict().values(), strict=True
    )
)
assert not clone.training
torch.manual_seed(1)
assert not torch.equal(MLP()(X), net(X))
# --8<-- [end:check]
