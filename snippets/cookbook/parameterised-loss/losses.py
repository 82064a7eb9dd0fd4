# --8<-- [start:closure]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def asymmetric_squared_error(under_weight):
    """Squared error that costs `under_weight` times more when the model predicts too low."""

    def loss(y_true, y_pred):
        error = y_true - y_pred
        weight = keras.ops.where(error > 0, under_weight, 1.0)
        return keras.ops.mean(weight * keras.ops.square(error), axis=-1)

    return loss


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=asymmetric_squared_error(3.0))
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:closure]


# --8<-- [start:subclass]
@keras.saving.register_keras_serializable(package="cookbook")
class AsymmetricSquaredError(keras.losses.Loss):
    """Squared error that costs `under_weight` times more when the model predicts too low."""

    def __init__(self, under_weight=2.0, **kwargs):
        super().__init__(**kwargs)  # name, reduction, dtype
        self.under_weight = under_weight

    def call(self, y_true, y_pred):
        error = y_true - y_pred
        weight = keras.ops.where(error > 0, self.under_weight, 1.0)
        return keras.ops.mean(weight * keras.ops.square(error), axis=-1)

    def get_config(self):
        return {**super().get_config(), "under_weight": self.under_weight}


loss = AsymmetricSquaredError(under_weight=3.0)
print(loss.get_config())

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=loss)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:subclass]

# --8<-- [start:round_trip]
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)
    reloaded = keras.saving.load_model(path)

print(type(reloaded.loss).__name__)
print("loss config equal:", reloaded.loss.get_config() == loss.get_config())
print("predictions equal:", bool(np.allclose(reloaded.predict(x, verbose=0), model.predict(x, verbose=0))))
# --8<-- [end:round_trip]

# --8<-- [start:closure_reload]
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=asymmetric_squared_error(3.0))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    model.save(path)  # saving works: the loss is stored by its function name, "loss"
    keras.saving.load_model(path)
# --8<-- [end:closure_reload]
