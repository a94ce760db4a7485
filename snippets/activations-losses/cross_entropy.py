# --8<-- [start:code]
import torch
import torch.nn.functional as F
from torch import nn

# raw scores, 2 samples x 3 classes
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
y = torch.tensor([0, 2])  # class indices (dtype torch.long)

loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(logits, y)
print("CrossEntropyLoss(logits, y):       ", loss)

# What it computes: log_softmax, then the negative log-likelihood of the
# true class.
log_p = F.log_softmax(logits, dim=1)
print("nll_loss(log_softmax(logits), y):  ", F.nll_loss(log_p, y))
print("by hand, -log p[true class] mean:  ", -log_p[torch.arange(2), y].mean())

# Classic bug: softmax first. The loss then applies log_softmax a second time.
wrong = loss_fn(torch.softmax(logits, dim=1), y)
print("CrossEntropyLoss(softmax(logits)): ", wrong, "<- wrong")

# Targets may also be class probabilities (e.g. soft or smoothed labels).
soft = torch.tensor([[0.9, 0.05, 0.05], [0.0, 0.0, 1.0]])
print("with probability targets:          ", loss_fn(logits, soft))
one_hot = F.one_hot(y, num_classes=3).float()
print("with one-hot targets:              ", loss_fn(logits, one_hot))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.isclose(loss, F.nll_loss(log_p, y))
assert abs(loss.item() - 0.1755) < 1e-4 and abs(wrong.item() - 0.6611) < 1e-4
assert torch.isclose(loss, -log_p[torch.arange(2), y].mean())
assert abs(wrong.item() - loss.item()) > 0.3  # visibly different, and wrong
# With softmax first, even a perfect one-hot "prediction" cannot go below log(1 + 2/e).
floor = loss_fn(torch.tensor([[1.0, 0.0, 0.0]]), torch.tensor([0])).item()
e = torch.exp(torch.tensor(1.0))
assert (
    torch.isclose(torch.tensor(floor), torch.log(1 + 2 / e))
    and 0.55 < floor < 0.56
)
# One-hot probability targets give exactly the index-target loss.
assert torch.isclose(loss_fn(logits, F.one_hot(y, 3).float()), loss)
assert torch.isclose(loss_fn(logits, soft), -(soft * log_p).sum(dim=1).mean())
# --8<-- [end:check]
