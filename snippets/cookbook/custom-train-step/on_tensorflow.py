# --8<-- [start:recipe]
import keras
import numpy as np
import tensorflow as tf

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
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = squared_error(y, y_pred) + sum(self.losses)  # + add_loss terms, regularizers
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(gradients, self.trainable_variables)
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
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = squared_error(y, y_pred)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(gradients, self.trainable_variables)
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


# --8<-- [start:other_name]
class OtherName(NoTracker):
    def train_step(self, data):
        loss = super().train_step(data)["loss"]
        return {"loss": loss, "my_loss": loss}  # names that are not those of model.metrics


inputs = keras.Input(shape=(3,))
model = OtherName(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05))
batch_losses = []
record = keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: batch_losses.append(logs["my_loss"])  # each batch's logs
)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0, callbacks=[record])
losses = history.history["my_loss"]
print("logged:", sorted(history.history), "| decreased:", losses[-1] < losses[0])
print("each epoch logs its last batch's loss:", losses == batch_losses[3::4])
print("and so does 'loss':", history.history["loss"] == batch_losses[3::4])
# --8<-- [end:other_name]


# --8<-- [start:compiled_loss]
import warnings


class Keras2Step(keras.Model):
    def train_step(self, data):  # a Keras 2 train_step, unchanged
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compiled_loss(y, y_pred, regularization_losses=self.losses)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.compiled_metrics.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


inputs = keras.Input(shape=(3,))
model = Keras2Step(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
y_pred = model.predict(x, verbose=0)  # the predictions of the one step below
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = model.fit(x, y, epochs=1, batch_size=64, verbose=0)  # one step on all 64 samples
for message in sorted({str(w.message) for w in caught}):
    print("warning:", message.strip())
logged = history.history["loss"][0]
print("logged 'loss' is the mean squared error:", bool(np.isclose(logged, np.mean((y - y_pred) ** 2))))
print("logged 'loss' is the mean prediction:", bool(np.isclose(logged, np.mean(y_pred))))
print("the step lowered the real loss:", mse(model) < np.mean((y - y_pred) ** 2))
# --8<-- [end:compiled_loss]


# --8<-- [start:compute_loss]
class Keras3Step(keras.Model):
    def train_step(self, data):
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            # the compiled loss + add_loss terms; it also updates the per-output loss trackers
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred, sample_weight=sample_weight)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(gradients, self.trainable_variables)
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
class GuideLoop(keras.Model):  # keras.io's metrics loop
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(x=x, y=y, y_pred=y_pred)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply(gradients, self.trainable_variables)
        for metric in self.metrics:
            if metric.name == "loss":
                metric.update_state(loss)
            else:
                metric.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


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
for model_class in (GuideLoop, Keras3Step):
    print(
        f"{model_class.__name__} logs what Keras's own step logs:",
        same_logs(two_output_history(model_class), built_in),
    )
# --8<-- [end:two_losses]
