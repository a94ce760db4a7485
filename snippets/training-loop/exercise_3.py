# --8<-- [start:code]
import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))
X, y = torch.randn(32, 8), torch.randint(0, 3, (32,))
by_hand = copy.deepcopy(model)  # same weights, for the hand-made version
for m in (model, by_hand):  # scaled by 50 to get large gradients
    (50 * nn.functional.cross_entropy(m(X), y)).backward()
max_norm = 1.0

# the library
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm)

# by hand: one norm over ALL gradients, one common scale factor
grads = [p.grad for p in by_hand.parameters()]
my_total = torch.linalg.vector_norm(
    torch.stack([torch.linalg.vector_norm(g) for g in grads])
)
scale = min(1.0, max_norm / (my_total.item() + 1e-6))
with torch.no_grad():
    for g in grads:
        g.mul_(scale)

after = torch.linalg.vector_norm(
    torch.stack([torch.linalg.vector_norm(p.grad) for p in model.parameters()])
)
print(f"norm before: library {total:.4f}, by hand {my_total:.4f}")
print(f"norm after clipping: {after:.4f}")
same = all(
    torch.allclose(p.grad, q.grad)
    for p, q in zip(model.parameters(), by_hand.parameters())
)
print("same clipped gradients:", same)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(total, my_total)
assert total.item() > 5 * max_norm
assert abs(after.item() - max_norm) < 1e-4
assert same
# --8<-- [end:check]
