# --8<-- [start:code]
import copy

import torch
from torch import nn


class EarlyStopping:
    def __init__(self, patience=5, min_delta=0.0):
        self.patience, self.min_delta = patience, min_delta
        self.best_loss, self.best_epoch, self.best_state = float("inf"), 0, None
        self.bad_epochs = 0

    def step(self, epoch, val_loss, model):
        """Record one epoch; return True when training should stop."""
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss, self.best_epoch = val_loss, epoch
            self.best_state = copy.deepcopy(model.state_dict())
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
        return self.bad_epochs >= self.patience


# a stand-in for training: in epoch e the weight is e, and the
# validation losses are made up
val_losses = [1.0, 0.8, 0.7, 0.69, 0.72, 0.75, 0.71, 0.8, 0.9]
model = nn.Linear(1, 1)
for min_delta in (0.0, 0.02):
    stopper = EarlyStopping(patience=3, min_delta=min_delta)
    for epoch, loss in enumerate(val_losses, start=1):
        with torch.no_grad():
            model.weight.fill_(epoch)
        if stopper.step(epoch, loss, model):
            break
    model.load_state_dict(stopper.best_state)
    print(
        f"min_delta={min_delta}: stopped after epoch {epoch}, best epoch "
        f"{stopper.best_epoch}, restored weight {model.weight.item():.0f}"
    )
# --8<-- [end:code]

# --8<-- [start:check]
stopper = EarlyStopping(patience=3)
for epoch, loss in enumerate(val_losses, start=1):
    with torch.no_grad():
        model.weight.fill_(epoch)
    if stopper.step(epoch, loss, model):
        break
assert (epoch, stopper.best_epoch) == (7, 4)
model.load_state_dict(stopper.best_state)
assert model.weight.item() == 4.0
stopper = EarlyStopping(patience=3, min_delta=0.02)
for epoch, loss in enumerate(val_losses, start=1):
    with torch.no_grad():
        model.weight.fill_(epoch)
    if stopper.step(epoch, loss, model):
        break
assert (epoch, stopper.best_epoch) == (6, 3)
# --8<-- [end:check]
