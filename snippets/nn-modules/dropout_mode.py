# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(2, 8)

print("a new module is in training mode:", dropout.training)
print("train:", dropout(x))
dropout.eval()
print("eval: ", dropout(x))

dropout.train()
y = dropout(torch.ones(100_000))
zeroed = (y == 0).float().mean()
print(f"train, 100000 ones: {zeroed:.3f} zeroed, mean {y.mean():.3f}")

net = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
net.eval()  # switches every submodule
print("training flags after net.eval():", [m.training for m in net.modules()])
# --8<-- [end:code]

# --8<-- [start:check]
torch.manual_seed(0)
d = nn.Dropout(p=0.5)
out = d(x)
assert (
    set(out.unique().tolist()) <= {0.0, 2.0}
    and (out == 0).any()
    and (out == 2).any()
)
d.eval()
assert torch.equal(d(x), x)
assert abs((y == 0).float().mean().item() - 0.5) < 0.01
assert abs(y.mean().item() - 1.0) < 0.01
assert [m.training for m in net.modules()] == [False, False, False]
# --8<-- [end:check]
