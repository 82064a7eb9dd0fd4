# Extra inputs to a loss, Keras 3. keras.ops only: each block runs on TensorFlow, JAX and PyTorch.
# Each block is a complete script.

# --8<-- [start:sample_weight]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
weight = np.random.rand(64).astype("float32")  # one number per sample

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, sample_weight=weight, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:sample_weight]

# --8<-- [start:mask]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 5, 3).astype("float32")  # 64 sequences of 5 steps
y = x.sum(axis=-1, keepdims=True)  # one target per step: (64, 5, 1)
mask = (np.random.rand(64, 5) > 0.3).astype("float32")  # 0: padding, no loss at this step

model = keras.Sequential([keras.Input(shape=(5, 3)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
# mean_squared_error returns one value per step, (batch, 5): the mask weighs each of them
history = model.fit(x, y, sample_weight=mask, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

# a masked step does not count: changing its target leaves the loss unchanged
y_changed = np.where(mask[..., None] == 0, 100.0, y).astype("float32")
same = np.isclose(
    model.evaluate(x, y, sample_weight=mask, verbose=0),
    model.evaluate(x, y_changed, sample_weight=mask, verbose=0),
)
print("masked targets ignored:", bool(same))
# --8<-- [end:mask]

# --8<-- [start:compute_loss]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")  # per sample: predictions above it are penalised


class BoundedModel(keras.Model):
    def compute_loss(self, x=None, y=None, y_pred=None, sample_weight=None, training=True):
        loss = super().compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight, training=training)
        bound = x[1]  # x: this batch's inputs, both of them; x[1] is the bound
        return loss + keras.ops.mean(keras.ops.relu(y_pred - bound))


features = keras.Input(shape=(3,), name="features")
bound_input = keras.Input(shape=(1,), name="bound")  # read by the loss only, not by a layer
model = BoundedModel([features, bound_input], keras.layers.Dense(1)(features))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit([x, bound], y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compute_loss]

# --8<-- [start:endpoint]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")


class BoundedLossEndpoint(keras.layers.Layer):
    """Adds the whole loss with add_loss and passes the prediction through."""

    def call(self, y_pred, y_true, bound):
        squared_error = keras.ops.mean(keras.ops.square(y_true - y_pred))
        self.add_loss(squared_error + keras.ops.mean(keras.ops.relu(y_pred - bound)))
        return y_pred


features = keras.Input(shape=(3,), name="features")
targets = keras.Input(shape=(1,), name="targets")  # the targets are an input too
bound_input = keras.Input(shape=(1,), name="bound")
prediction = keras.layers.Dense(1)(features)
outputs = BoundedLossEndpoint()(prediction, targets, bound_input)
training_model = keras.Model([features, targets, bound_input], outputs)
training_model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))  # no loss: add_loss has it
history = training_model.fit([x, y, bound], epochs=3, batch_size=16, verbose=0)  # no y
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

inference_model = keras.Model(features, prediction)  # same layers, needs features only
print("prediction:", inference_model.predict(x, verbose=0).shape)
# --8<-- [end:endpoint]

# --8<-- [start:closure]
import keras
import numpy as np

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
bound = np.full((64, 1), 1.2, "float32")

features = keras.Input(shape=(3,))
bound_input = keras.Input(shape=(1,))
model = keras.Model([features, bound_input], keras.layers.Dense(1)(features))


def bounded_loss(y_true, y_pred):  # closes over bound_input: a KerasTensor, not this batch's values
    return keras.ops.mean(keras.ops.square(y_true - y_pred)) + keras.ops.mean(
        keras.ops.relu(y_pred - bound_input)
    )


model.compile(optimizer="adam", loss=bounded_loss)
model.fit([x, bound], y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:closure]
