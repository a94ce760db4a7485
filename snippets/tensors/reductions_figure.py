# --8<-- [start:code]
import matplotlib.pyplot as plt
import torch

A = torch.arange(12).reshape(3, 4)


def draw_grid(ax, values, x0, y0, color, label=None):
    """Draw a 2-D tensor as numbered cells, top-left corner at (x0, y0)."""
    rows, cols = values.shape
    for r in range(rows):
        for c in range(cols):
            ax.add_patch(
                plt.Rectangle(
                    (x0 + c, y0 - r - 1),
                    1,
                    1,
                    facecolor=color,
                    edgecolor="black",
                )
            )
            ax.text(
                x0 + c + 0.5,
                y0 - r - 0.5,
                str(values[r, c].item()),
                ha="center",
                va="center",
            )
    if label:
        ax.text(
            x0 + cols / 2,
            y0 + 0.3,
            label,
            ha="center",
            va="bottom",
            fontsize=10,
        )


fig, ax = plt.subplots(figsize=(7, 4))
draw_grid(ax, A, 0, 0, "#fde0c5", "A, shape (3, 4)")
draw_grid(ax, A.sum(dim=0, keepdim=True), 0, -4.6, "#c6dbef")
draw_grid(
    ax,
    A.sum(dim=1, keepdim=True),
    6.5,
    0,
    "#c7e9c0",
    "A.sum(dim=1): shape (3,)",
)
ax.text(
    2, -5.9, "A.sum(dim=0): shape (4,)", ha="center", va="center", fontsize=10
)
ax.annotate(
    "", xy=(2, -4.5), xytext=(2, -3.1), arrowprops={"arrowstyle": "->", "lw": 2}
)
ax.annotate(
    "",
    xy=(6.35, -1.5),
    xytext=(4.15, -1.5),
    arrowprops={"arrowstyle": "->", "lw": 2},
)
ax.text(2.2, -3.8, "collapse dim 0 (the rows)", va="center", fontsize=9)
ax.text(5.25, -1.25, "collapse dim 1", ha="center", fontsize=9)
ax.set_xlim(-0.5, 8)
ax.set_ylim(-6.3, 1)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("A reduction removes the dimension it runs along")
plt.show()
# --8<-- [end:code]

# --8<-- [start:check]
assert A.sum(dim=0).tolist() == [12, 15, 18, 21] and A.sum(dim=1).tolist() == [
    6,
    22,
    38,
]
# --8<-- [end:check]
