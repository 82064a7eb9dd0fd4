# --8<-- [start:check]
import keras
import numpy as np


def no_keras_tensor(loss_fn):
    """Wrap a loss so that `fit` stops at once, naming it, when it returns a KerasTensor."""
    name = getattr(loss_fn, "__name__", type(loss_fn).__name__)  # a function or a Loss instance

    def checked(y_true, y_pred):
        loss = loss_fn(y_true, y_pred)
        if keras.backend.is_keras_tensor(loss):
            raise TypeError(f"{name} returned a KerasTensor: it uses a tensor from building the model")
        return loss

    return checked


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))


def my_loss(y_true, y_pred):
    return keras.ops.mean((y_true - y_pred) ** 2) + 0.01 * keras.ops.mean(hidden**2)


model.compile(optimizer="adam", loss=no_keras_tensor(my_loss))
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:check]
