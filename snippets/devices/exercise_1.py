# --8<-- [start:code]
import torch


def to_device(batch, device):
    """Move every tensor in a nested structure of dicts, lists and tuples."""
    if isinstance(batch, torch.Tensor):
        return batch.to(device)
    if isinstance(batch, dict):
        return {key: to_device(value, device) for key, value in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(to_device(value, device) for value in batch)
    return batch  # numbers, strings, None: leave them alone


device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
batch = {"images": torch.zeros(2, 3), "labels": [torch.tensor(1), 7], "id": "a"}
moved = to_device(batch, device)
print(moved["images"].device, moved["labels"][0].device, moved["labels"][1])
# --8<-- [end:code]

# --8<-- [start:check]
assert moved["images"].device.type == device.type and moved["id"] == "a"
assert isinstance(moved["labels"], list) and moved["labels"][1] == 7
# --8<-- [end:check]
