# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch
from torch import nn

torch.manual_seed(0)
t = torch.arange(1000.0)
clean = torch.sin(2 * torch.pi * t / 40)  # period of 40 steps
# noise variance 0.01: no model can beat that
series = clean + 0.1 * torch.randn(1000)
split = 700  # train on series[:700], test on series[700:]

# Training pieces of 40 steps; the target is the same piece shifted one
# step ahead
starts = range(0, split - 41, 20)
# (33, 40, 1)
x = torch.stack([series[s : s + 40] for s in starts]).unsqueeze(-1)
y = torch.stack([series[s + 1 : s + 41] for s in starts]).unsqueeze(-1)


class NextValue(nn.Module):
    def __init__(self, hidden=32):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x, state=None):
        # out: (N, L, hidden), one vector per step
        out, state = self.lstm(x, state)
        return self.head(out), state  # a prediction at every step


model = NextValue()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
for _ in range(100):  # full-batch steps
    pred, _ = model(x)
    # skip 10 warm-up steps
    loss = nn.functional.mse_loss(pred[:, 10:], y[:, 10:])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

with torch.no_grad():
    # pred[k] forecasts series[k + 1]
    pred, _ = model(series[:-1].view(1, -1, 1))
    one_step = pred.view(-1)[split - 1 :]  # forecasts of series[700:]
    test_mse = nn.functional.mse_loss(one_step, series[split:]).item()
    clean_mse = nn.functional.mse_loss(one_step, clean[split:]).item()
    naive_mse = nn.functional.mse_loss(
        series[split - 1 : -1], series[split:]
    ).item()

    # read the training part once
    out, state = model(series[:split].view(1, -1, 1))
    value, free_run = out[:, -1:], []
    # multi-step: feed each forecast back as the next input
    for _ in range(100):
        free_run.append(value.item())
        value, state = model(value, state)
    free_run = torch.tensor(free_run)
    free_mse = nn.functional.mse_loss(
        free_run, clean[split : split + 100]
    ).item()

print(f"one-step test MSE {test_mse:.4f} (vs noisy target),", end="")
print(f" {clean_mse:.4f} (vs clean sine)")
print(f"'repeat the last value' baseline MSE {naive_mse:.4f}")
print(f"100-step free-running MSE vs clean sine {free_mse:.4f}")

fig, (ax1, ax2) = plt.subplots(
    1, 2, figsize=(9, 3.5), sharey=True, layout="constrained"
)
steps = t[split : split + 100]
ax1.plot(
    steps,
    series[split : split + 100],
    ".",
    color="gray",
    ms=4,
    label="noisy data",
)
ax1.plot(steps, one_step[:100], label="one-step forecast")
ax1.set_title("One step ahead (true inputs)")
ax2.plot(
    steps, clean[split : split + 100], "--", color="gray", label="clean sine"
)
ax2.plot(steps, free_run, color="C1", label="free-running forecast")
ax2.set_title("100 steps ahead (own outputs fed back)")
for ax in (ax1, ax2):
    ax.set_xlabel("time step")
    ax.set_ylim(-1.5, 1.8)
    ax.legend(fontsize=8, loc="upper center", ncols=2)
fig.suptitle("LSTM forecasts of a noisy sine wave (test part)")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
# close to the noise floor 0.01, which it cannot beat
assert 0.008 < test_mse < 0.02
assert (
    abs(test_mse - 0.0143) < 0.002
    and abs(clean_mse - 0.0032) < 0.001
    and abs(naive_mse - 0.0335) < 0.002
)
assert clean_mse < 0.008  # the forecasts track the clean sine
assert naive_mse > 2 * test_mse  # far better than repeating the last value
# the free-running forecast stays on the sine for 100 steps
assert free_mse < 0.02
# --8<-- [end:check]
