# --8<-- [start:reproduce]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, name="hidden")(inputs)
score = tf.keras.layers.Dense(1, name="score")(hidden)
model = tf.keras.Model(inputs, [hidden, score])
loss_weights = {hidden: 0.1, score: 1.0}  # a weight for each output, keyed by its tensor
print(type(hidden).__name__, "as a key:", loss_weights[hidden])
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, name="hidden")(inputs)
score = tf.keras.layers.Dense(1, name="score")(hidden)
model = tf.keras.Model(inputs, [hidden, score])
model.compile(
    optimizer="adam",
    loss={"hidden": "mse", "score": "mse"},
    loss_weights={"hidden": 0.1, "score": 1.0},  # keyed by output name, a string
)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
targets = {"hidden": np.zeros((32, 4), "float32"), "score": x.sum(axis=1, keepdims=True)}
losses = model.fit(x, targets, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]

# --8<-- [start:ref]
import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(4, name="hidden")(inputs)
weights = {hidden.ref(): 0.1}  # a hashable reference to the tensor
for ref, weight in weights.items():
    print(ref.deref() is hidden, weight)
# --8<-- [end:ref]
