# The same Keras 3 closure on the JAX and PyTorch backends (KERAS_BACKEND set before keras is imported).

# --8<-- [start:jax]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))


def loss_with_penalty(y_true, y_pred):
    return keras.ops.mean((y_true - y_pred) ** 2) + 0.01 * keras.ops.mean(hidden**2)


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:jax]

# --8<-- [start:torch]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))


def loss_with_penalty(y_true, y_pred):
    loss = keras.ops.mean((y_true - y_pred) ** 2) + 0.01 * keras.ops.mean(hidden**2)
    print("received", type(y_pred).__name__, "-> returned", type(loss).__name__)
    return loss


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:torch]


# --8<-- [start:jax_other_order]
def penalty_first(y_true, y_pred):
    # The same terms, the KerasTensor first: its own `+` runs and returns a KerasTensor.
    loss = 0.01 * keras.ops.mean(hidden**2) + keras.ops.mean((y_true - y_pred) ** 2)
    print("received", type(y_pred).__name__, "-> returned", type(loss).__name__)
    return loss


model.compile(optimizer="adam", loss=penalty_first)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:jax_other_order]
