# --8<-- [start:code]
import torch
from torch import nn

# Multi-label: each of 3 tags is an independent yes/no question.
logits = torch.tensor([[1.5, -0.3, -2.0], [-1.0, 2.5, 0.4]])
# floats, not class indices
targets = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])

with_logits = nn.BCEWithLogitsLoss()(logits, targets)
two_step = nn.BCELoss()(torch.sigmoid(logits), targets)
print("BCEWithLogitsLoss:      ", with_logits)
print("sigmoid, then BCELoss:  ", two_step)

# A confident, wrong prediction: logit 200 for a target of 0. True loss = 200.
z, t = torch.tensor([200.0]), torch.tensor([0.0])
print("BCEWithLogitsLoss:      ", nn.BCEWithLogitsLoss()(z, t))
print(
    "sigmoid, then BCELoss:  ",
    nn.BCELoss()(torch.sigmoid(z), t),
    "(log clamped at -100)",
)
# --8<-- [end:code]

# --8<-- [start:check]
# same value for moderate logits
assert torch.isclose(with_logits, two_step, atol=1e-6)
p = torch.sigmoid(logits)
manual = -(targets * p.log() + (1 - targets) * (1 - p).log()).mean()
assert torch.isclose(with_logits, manual, atol=1e-6)
assert abs(nn.BCEWithLogitsLoss()(z, t).item() - 200.0) < 1e-4
assert nn.BCELoss()(torch.sigmoid(z), t).item() == 100.0
# --8<-- [end:check]
