# Saliency on the JAX backend: jax.grad of a function of the inputs. The block sets KERAS_BACKEND=jax itself.

# --8<-- [start:saliency]
import os

os.environ["KERAS_BACKEND"] = "jax"
import jax
import jax.numpy as jnp
import keras
import numpy as np

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


def class_1_score(samples):  # a pure function of the inputs: what jax.grad differentiates
    return jnp.sum(model(samples)[:, 1])


saliency = jnp.abs(jax.grad(class_1_score)(jnp.asarray(x[:8])))  # (8, 4)
print("saliency:", saliency.shape, "| most salient feature:", int(jnp.argmax(saliency.mean(axis=0))))
# --8<-- [end:saliency]
