# book: varies
# --8<-- [start:code]
import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, record_function

device = torch.device("cpu")
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()

torch.manual_seed(0)
X = torch.randn(512, 64, device=device)
y = torch.randint(0, 10, (512,), device=device)
model = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 10))
model.to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

activities = [ProfilerActivity.CPU]
if torch.cuda.is_available():
    activities.append(ProfilerActivity.CUDA)


def train_step():
    optimizer.zero_grad()
    with record_function("forward"):  # a label of our own in the profile
        loss = nn.functional.cross_entropy(model(X), y)
    with record_function("backward"):
        loss.backward()
    with record_function("optimizer"):
        optimizer.step()


train_step()  # warm up: the first step also allocates memory
with profile(activities=activities) as prof:
    train_step()
events = prof.key_averages()
print(events.table(sort_by="self_cpu_time_total", row_limit=8))
# --8<-- [end:code]

# --8<-- [start:check]
names = {event.key for event in events}
assert {"forward", "backward", "optimizer"} <= names
assert "aten::addmm" in names or "aten::mm" in names
# --8<-- [end:check]
