# --8<-- [start:reproduce]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.abs(y_true - keras.ops.round(y_pred)), axis=-1)  # round: no gradient


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss=rounded_error)
model.fit(x, y, epochs=5, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 1.5).astype("float32")


def rounded_accuracy(y_true, y_pred):
    return keras.ops.mean(keras.ops.equal(y_true, keras.ops.round(y_pred)), axis=-1)


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=[rounded_accuracy])
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print(sorted(history.history))
# --8<-- [end:fix]
