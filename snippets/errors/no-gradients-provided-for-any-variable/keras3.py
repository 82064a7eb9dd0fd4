# Runs with Keras 3 on the TensorFlow backend.
# --8<-- [start:reproduce]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def numpy_mse(y_true, y_pred):
    return np.mean((y_true.numpy() - y_pred.numpy()) ** 2)  # a NumPy number: no gradient


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=numpy_mse, run_eagerly=True)  # .numpy() works eagerly
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def keras_mse(y_true, y_pred):
    return keras.ops.mean((y_true - y_pred) ** 2)  # a tensor, connected to the weights


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
print(type(keras_mse(y, model(x))).__name__)
model.compile(optimizer="adam", loss=keras_mse, run_eagerly=True)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
