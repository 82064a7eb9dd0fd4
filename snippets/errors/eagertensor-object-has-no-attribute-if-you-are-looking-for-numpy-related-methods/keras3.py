# --8<-- [start:reproduce]
import keras

x = keras.ops.ones((2, 3))  # a tf.Tensor on the TensorFlow backend
flat = x.reshape((3, 2))  # a NumPy array's method
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def flat_mse(y_true, y_pred):
    flat_true, flat_pred = keras.ops.reshape(y_true, (-1,)), keras.ops.reshape(y_pred, (-1,))
    return keras.ops.mean(keras.ops.square(flat_true - flat_pred))


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=flat_mse)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:in_loss]
import keras
import numpy as np

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def flat_mse(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true.reshape((-1,)) - y_pred.reshape((-1,))))


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=flat_mse)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:in_loss]
