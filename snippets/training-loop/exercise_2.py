# --8<-- [start:code]
import math

import torch
from torch import nn

K, target = 10, torch.tensor([3])


def best_logits(eps, steps=2000):
    """Minimise the loss over a free logit vector for one sample."""
    loss_fn = nn.CrossEntropyLoss(label_smoothing=eps)
    logits = torch.zeros(1, K, requires_grad=True)
    optimizer = torch.optim.Adam([logits], lr=0.1)
    for _ in range(steps):
        optimizer.zero_grad()
        loss = loss_fn(logits, target)
        loss.backward()
        optimizer.step()
    z = logits.detach()[0]
    others = torch.cat([z[:3], z[4:]])
    return loss.item(), (z[3] - others.mean()).item()


results = {eps: best_logits(eps) for eps in (0.1, 0.0)}
for eps, (loss, gap) in results.items():
    print(f"eps={eps}: loss {loss:.4f}, logit gap {gap:.2f}")

# the optimum by hand: the probabilities equal the smoothed target
eps = 0.1
p_true, p_other = 1 - eps + eps / K, eps / K
min_loss = -(p_true * math.log(p_true) + (K - 1) * p_other * math.log(p_other))
print(
    f"theory for eps=0.1: loss {min_loss:.4f}, "
    f"logit gap {math.log(p_true / p_other):.2f}"
)
# --8<-- [end:code]

# --8<-- [start:check]
assert abs(results[0.1][0] - min_loss) < 1e-3
assert abs(results[0.1][1] - math.log(p_true / p_other)) < 0.05
assert abs(math.log(91) - math.log(p_true / p_other)) < 1e-9
# without smoothing the loss keeps falling and the gap keeps growing
assert results[0.0][0] < 1e-3
assert results[0.0][1] > 8
# more steps, larger gap
assert best_logits(0.0, steps=4000)[1] > results[0.0][1] + 0.3
# --8<-- [end:check]
