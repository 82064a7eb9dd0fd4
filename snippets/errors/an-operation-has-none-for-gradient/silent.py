# Runs with KERAS_BACKEND=jax and KERAS_BACKEND=torch: the same loss raises nothing there.
# --8<-- [start:silent]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.abs(y_true - keras.ops.round(y_pred)), axis=-1)  # gradient 0


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss=rounded_error)
before = [w.copy() for w in model.get_weights()]
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| loss changed:", len(set(losses)) > 1)
after = model.get_weights()
print("weights changed:", any(not np.array_equal(b, a) for b, a in zip(before, after, strict=True)))
# --8<-- [end:silent]
