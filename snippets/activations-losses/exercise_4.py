# --8<-- [start:code]
import math

import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
y = torch.randint(0, 10, (500,), generator=torch.Generator().manual_seed(0))

# A model that knows nothing: equal logits, so p = 1/10 for every class.
uniform = loss_fn(torch.zeros(500, 10), y)
print(f"equal logits: {uniform:.4f}   log(10) = {math.log(10):.4f}")

# A freshly initialised linear classifier is close to that.
torch.manual_seed(0)
model = nn.Linear(64, 10)
fresh = loss_fn(model(torch.randn(500, 64)), y)
print(f"fresh nn.Linear(64, 10): {fresh:.4f}")
# --8<-- [end:code]

# --8<-- [start:check]
assert math.isclose(uniform.item(), math.log(10), rel_tol=1e-6)
assert abs(fresh.item() - math.log(10)) < 0.3
# --8<-- [end:check]
