# --8<-- [start:recipe]
import keras
import numpy as np
import torch

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y, y_pred):  # your loss: any computation on this batch's tensors
    return keras.ops.mean(keras.ops.square(y - y_pred))


class CustomModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = keras.metrics.Mean(name="loss")

    def train_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)  # _: sample_weight, unused by this loss
        self.zero_grad()  # clear the gradients of the previous step
        y_pred = self(x, training=True)
        loss = squared_error(y, y_pred) + sum(self.losses)  # + add_loss terms, regularizers
        loss.backward()
        trainable_weights = list(self.trainable_weights)
        gradients = [v.value.grad for v in trainable_weights]
        with torch.no_grad():
            self.optimizer.apply(gradients, trainable_weights)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]  # fit resets these at the start of each epoch


inputs = keras.Input(shape=(3,))
model = CustomModel(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))  # no loss: train_step has it
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:recipe]

# --8<-- [start:no_test_step]
model.evaluate(x, y, verbose=0)
# --8<-- [end:no_test_step]


# --8<-- [start:test_step]
class CustomModelWithTestStep(CustomModel):
    def test_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        loss = squared_error(y, self(x, training=False)) + sum(self.losses)
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}


inputs = keras.Input(shape=(3,))
model = CustomModelWithTestStep(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0, validation_data=(x, y))
val_losses = history.history["val_loss"]
print("logged:", sorted(history.history), "| val_loss decreased:", val_losses[-1] < val_losses[0])
print("evaluate:", model.evaluate(x, y, verbose=0, return_dict=True).keys())
# --8<-- [end:test_step]


# --8<-- [start:no_tracker]
class NoTracker(keras.Model):
    def train_step(self, data):
        x, y = data
        self.zero_grad()
        y_pred = self(x, training=True)
        loss = squared_error(y, y_pred)
        loss.backward()
        trainable_weights = list(self.trainable_weights)
        with torch.no_grad():
            self.optimizer.apply([v.value.grad for v in trainable_weights], trainable_weights)
        return {"loss": loss}  # the loss itself, not a tracker's result


def mse(model):
    return float(squared_error(y, model.predict(x, verbose=0)))


inputs = keras.Input(shape=(3,))
model = NoTracker(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))
before = mse(model)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print("logged loss:", history.history["loss"])
print("real loss went down:", mse(model) < before)
print("metrics:", [m.name for m in model.metrics], "| their result:", float(model.metrics[0].result()))
# --8<-- [end:no_tracker]


# --8<-- [start:compiled_loss]
class Keras2Step(keras.Model):
    def train_step(self, data):
        x, y = data
        self.zero_grad()
        y_pred = self(x, training=True)
        loss = self.compiled_loss(y, y_pred, regularization_losses=self.losses)  # as in Keras 2
        loss.backward()
        return {"loss": loss}


inputs = keras.Input(shape=(3,))
model = Keras2Step(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:compiled_loss]


# --8<-- [start:compute_loss]
class Keras3Step(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        self.zero_grad()
        y_pred = self(x, training=True)
        # the compiled loss + add_loss terms; it also updates the per-output loss trackers
        loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        loss.backward()
        trainable_weights = list(self.trainable_weights)
        with torch.no_grad():
            self.optimizer.apply([v.value.grad for v in trainable_weights], trainable_weights)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
        return self.compute_metrics(x, y, y_pred, sample_weight)  # compiled metrics; every result


inputs = keras.Input(shape=(3,))
model = Keras3Step(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compute_loss]


# --8<-- [start:two_losses]
def two_output_history(model_class):
    keras.utils.set_random_seed(0)
    inputs = keras.Input(shape=(3,))
    outputs = [keras.layers.Dense(1, name="a")(inputs), keras.layers.Dense(1, name="b")(inputs)]
    model = model_class(inputs, outputs)
    model.compile(optimizer="sgd", loss=["mse", "mse"], metrics=[["mae"], ["mae"]])
    return model.fit(x, [y, y], epochs=1, batch_size=16, verbose=0).history


def same_logs(history, reference):
    return history.keys() == reference.keys() and all(
        np.allclose(history[k], reference[k]) for k in reference
    )


built_in = two_output_history(keras.Model)
print("logged:", sorted(built_in))
print("Keras3Step logs what Keras's own step logs:", same_logs(two_output_history(Keras3Step), built_in))
# --8<-- [end:two_losses]
