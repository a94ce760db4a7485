# --8<-- [start:code]
import torch
from torch import nn


def clipped_gradient(clip):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    x, y = torch.randn(8, 3) * 10, torch.randn(8, 1)
    nn.functional.mse_loss(model(x), y).backward()
    raw = torch.cat([p.grad.flatten() for p in model.parameters()]).clone()
    clip(model.parameters())
    return raw, torch.cat([p.grad.flatten() for p in model.parameters()])


raw, by_norm = clipped_gradient(
    lambda ps: nn.utils.clip_grad_norm_(ps, max_norm=1.0)
)
_, by_value = clipped_gradient(
    lambda ps: nn.utils.clip_grad_value_(ps, clip_value=1.0)
)
cos = nn.functional.cosine_similarity
norm = torch.linalg.vector_norm
print("raw gradient:     ", raw, f"norm {norm(raw):.3f}")
for label, g in [
    ("clip_grad_norm_: ", by_norm),
    ("clip_grad_value_:", by_value),
]:
    print(
        label,
        g,
        f"norm {norm(g):.3f}, cosine to raw {cos(raw, g, dim=0):.4f}",
    )
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.linalg.vector_norm(raw) > 1.0 and raw.abs().max() > 1.0
assert abs(torch.linalg.vector_norm(by_norm).item() - 1.0) < 1e-4
assert cos(raw, by_norm, dim=0) > 0.9999  # same direction, shorter
assert by_value.abs().max() <= 1.0
assert cos(raw, by_value, dim=0) < 0.999  # the direction changed
# --8<-- [end:check]
