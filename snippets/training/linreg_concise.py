# --8<-- [start:code]
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
true_w, true_b = torch.tensor([2.0, -3.4]), 4.2
X = torch.randn(1000, 2)
# (1000, 1), like the output
y = (X @ true_w + true_b + 0.01 * torch.randn(1000)).reshape(-1, 1)

loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True)
model = nn.Linear(2, 1)
# nn.init runs under no_grad for us
nn.init.normal_(model.weight, mean=0.0, std=0.01)
nn.init.zeros_(model.bias)
loss_fn = nn.MSELoss()  # mean of (pred - y)^2, no 1/2 factor
optimizer = torch.optim.SGD(model.parameters(), lr=0.03)

for epoch in range(3):
    for xb, yb in loader:
        optimizer.zero_grad()  # 1. clear old gradients
        loss = loss_fn(model(xb), yb)  # 2. forward  3. loss
        loss.backward()  # 4. backward
        optimizer.step()  # 5. update
    with torch.no_grad():
        print(f"epoch {epoch + 1}: MSE on all data {loss_fn(model(X), y):.6f}")

print("learned w:", model.weight.detach().flatten(), " b:", model.bias.detach())
# --8<-- [end:code]

# --8<-- [start:check]
# tolerance 0.01
assert (model.weight.detach().flatten() - true_w).abs().max() < 0.01
assert abs(model.bias.item() - true_b) < 0.01
with torch.no_grad():
    final = loss_fn(model(X), y).item()
    assert final < 2e-4  # noise variance is 1e-4
    # The shape pitfall: a (1000,) target against a (1000, 1) prediction broadcasts to (1000, 1000);
    # this is what MSELoss computes then (besides its UserWarning).
    wrong = ((model(X) - y.flatten()) ** 2).mean().item()
    assert (model(X) - y.flatten()).shape == (1000, 1000)
assert wrong > 1000 * final


# MSELoss has no 1/2: with the same lr its steps are twice those of the e^2/2 loss.
def one_epoch(scale):
    torch.manual_seed(0)
    m = nn.Linear(2, 1)
    nn.init.normal_(m.weight, mean=0.0, std=0.01)
    nn.init.zeros_(m.bias)
    opt = torch.optim.SGD(m.parameters(), lr=0.03)
    for xb, yb in DataLoader(TensorDataset(X, y), batch_size=10, shuffle=True):
        opt.zero_grad()
        (scale * loss_fn(m(xb), yb)).backward()
        opt.step()
    with torch.no_grad():
        return loss_fn(m(X), y).item()


half, full_scale = one_epoch(0.5), one_epoch(1.0)
assert half > 100 * full_scale  # measured: about 0.079 vs 0.00025
# --8<-- [end:check]
