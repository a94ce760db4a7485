# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
H = 32
rnn, head = nn.RNN(8, H), nn.Linear(H, 1)
# large recurrent weights: every singular value of W_hh is 2
with torch.no_grad():
    rnn.weight_hh_l0.copy_(2.0 * torch.linalg.qr(torch.randn(H, H)).Q)
params = list(rnn.parameters()) + list(head.parameters())
norms = {}

for T in [10, 50, 100]:
    x, y = torch.randn(T, 4, 8), torch.randn(4, 1)
    output, _ = rnn(x)
    loss = nn.functional.mse_loss(head(output[-1]), y)
    for p in params:
        p.grad = None
    loss.backward()
    # clip_grad_norm_ rescales the gradients in place and returns the norm
    # BEFORE clipping
    before = torch.nn.utils.clip_grad_norm_(params, max_norm=1.0)
    norms[T] = before.item()
    after = torch.linalg.vector_norm(
        torch.stack([torch.linalg.vector_norm(p.grad) for p in params])
    )
    print(f"T={T:3}: gradient norm {before.item():9.3e}", end="")
    print(f" before clipping, {after.item():.3f} after")
# In a training loop the call sits between backward() and step():
#   loss.backward()
#   torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
#   optimizer.step()
# --8<-- [end:code]

# --8<-- [start:check]
assert norms[10] < norms[50] < norms[100]
# page: about 16 and 6.6e5
assert 10 < norms[10] < 25 and 5e5 < norms[100] < 8e5
assert abs(after.item() - 1.0) < 1e-3
# --8<-- [end:check]
