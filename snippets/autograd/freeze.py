# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)  # freeze the first layer

n_train = sum(p.numel() for p in model.parameters() if p.requires_grad)
n_all = sum(p.numel() for p in model.parameters())
print(f"trainable parameters: {n_train} of {n_all}")

x = torch.randn(16, 4)
loss = model(x).pow(2).mean()
loss.backward()
for name, p in model.named_parameters():
    has_grad = p.grad is not None
    print(f"{name:8}  requires_grad={p.requires_grad!s:5}  has grad={has_grad}")

trainable = [p for p in model.parameters() if p.requires_grad]
# hand it only what should change
optimizer = torch.optim.SGD(trainable, lr=0.1)
frozen_before = model[0].weight.clone()
head_before = model[2].weight.clone()
optimizer.step()
print("frozen layer unchanged:", torch.equal(frozen_before, model[0].weight))
print("last layer changed:    ", not torch.equal(head_before, model[2].weight))
# --8<-- [end:code]

# --8<-- [start:check]
assert (n_train, n_all) == (18, 58)
assert model[0].weight.grad is None and model[0].bias.grad is None
assert model[2].weight.grad is not None and model[2].bias.grad is not None
assert torch.equal(frozen_before, model[0].weight) and not torch.equal(
    head_before, model[2].weight
)
# optimizers skip parameters whose .grad is None, so passing all of them would not move the frozen layer either
opt_all = torch.optim.SGD(model.parameters(), lr=0.1)
opt_all.step()
assert torch.equal(frozen_before, model[0].weight)
# a zero gradient (not None) still lets weight decay move a parameter
p = nn.Parameter(torch.ones(3))
p.grad = torch.zeros(3)
torch.optim.SGD([p], lr=0.1, weight_decay=0.1).step()
assert not torch.equal(p.detach(), torch.ones(3))
# requires_grad_(False) does not stop BatchNorm from updating its running statistics in train mode
bn = nn.BatchNorm1d(4).requires_grad_(False)
bn(torch.randn(16, 4) + 5)
assert not torch.equal(bn.running_mean, torch.zeros(4))
bn.eval()
before_stats = bn.running_mean.clone()
bn(torch.randn(16, 4) + 5)
assert torch.equal(bn.running_mean, before_stats)
# --8<-- [end:check]
