# --8<-- [start:model_add_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)
model.add_loss(0.01 * keras.ops.mean(keras.ops.square(hidden)))  # the Keras 2 way
# --8<-- [end:model_add_loss]


# --8<-- [start:layer_add_loss]
class ActivationPenalty(keras.layers.Layer):
    """Passes its input through and adds `rate * mean(h**2)` of this batch to the loss."""

    def __init__(self, rate=0.01, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate

    def call(self, h):
        self.add_loss(self.rate * keras.ops.mean(keras.ops.square(h)))
        return h


inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty(0.01)(hidden)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)

model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
model(x[:16])
print("extra loss terms of the last call:", len(model.losses))
# --8<-- [end:layer_add_loss]


# --8<-- [start:two_outputs]
def activation_penalty(y_true, y_pred):
    # y_pred is the hidden activation of this batch; y_true is a dummy target and is not used.
    return keras.ops.mean(keras.ops.square(y_pred), axis=-1)


inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
outputs = keras.layers.Dense(1, name="prediction")(hidden)
model = keras.Model(inputs, {"prediction": outputs, "hidden": hidden})

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss={"prediction": "mean_squared_error", "hidden": activation_penalty},
    loss_weights={"prediction": 1.0, "hidden": 0.01},
)
targets = {"prediction": y, "hidden": np.zeros((64, 4), "float32")}
history = model.fit(x, targets, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(sorted(history.history))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:two_outputs]


# --8<-- [start:compute_loss]
class NoiseAwareModel(keras.Model):
    """Weights each squared error by 1 / sigma**2, sigma being an input known per sample."""

    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        sigma = x["sigma"]  # the batch's inputs, real tensors: any of them can enter the loss
        return keras.ops.mean(keras.ops.square(y - y_pred) / keras.ops.square(sigma))


features = keras.Input(shape=(3,), name="features")
sigma = keras.Input(shape=(1,), name="sigma")
outputs = keras.layers.Dense(1)(features)
model = NoiseAwareModel({"features": features, "sigma": sigma}, outputs)

noise = np.random.uniform(0.5, 2.0, size=(64, 1)).astype("float32")
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))  # the loss is compute_loss
history = model.fit({"features": x, "sigma": noise}, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compute_loss]
