# Saliency on the PyTorch backend: requires_grad on the inputs. The block sets KERAS_BACKEND=torch itself.

# --8<-- [start:saliency]
import os

os.environ["KERAS_BACKEND"] = "torch"
import keras
import numpy as np
import torch

keras.utils.set_random_seed(0)
x = np.random.rand(128, 4).astype("float32")
y = (x[:, 0] > 0.5).astype("int32")  # only feature 0 decides the class

model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(2)]
)
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
losses = model.fit(x, y, epochs=5, batch_size=32, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

samples = torch.tensor(x[:8], requires_grad=True)  # autograd records what is computed from it
model(samples)[:, 1].sum().backward()  # the logit of class 1
saliency = samples.grad.abs()  # (8, 4)
print("saliency:", tuple(saliency.shape), "| most salient feature:", int(saliency.mean(dim=0).argmax()))
# --8<-- [end:saliency]
