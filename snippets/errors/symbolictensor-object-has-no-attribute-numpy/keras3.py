# Runs with Keras 3 on the TensorFlow backend.
# --8<-- [start:reproduce]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_mse(y_true, y_pred):
    return np.mean((y_true.numpy() - y_pred.numpy()) ** 2)  # NumPy needs values


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=numpy_mse)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def keras_mse(y_true, y_pred):
    return keras.ops.mean((y_true - y_pred) ** 2)  # ops: they run inside the graph


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=keras_mse)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
