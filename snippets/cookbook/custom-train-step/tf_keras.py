# --8<-- [start:recipe]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y, y_pred):  # your loss: any computation on this batch's tensors
    return tf.reduce_mean(tf.square(y - y_pred))


class CustomModel(tf.keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = tf.keras.metrics.Mean(name="loss")

    def train_step(self, data):
        x, y, _ = tf.keras.utils.unpack_x_y_sample_weight(data)  # _: sample_weight, unused by this loss
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = squared_error(y, y_pred) + sum(self.losses)  # + add_loss terms, regularizers
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.loss_tracker.update_state(loss)
        return {"loss": self.loss_tracker.result()}

    @property
    def metrics(self):
        return [self.loss_tracker]  # fit resets these at the start of each epoch


inputs = tf.keras.Input(shape=(3,))
model = CustomModel(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05))  # no loss: train_step has it
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:recipe]


# --8<-- [start:no_tracker]
class NoTracker(tf.keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = squared_error(y, y_pred)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        return {"loss": loss}  # the loss itself, not a tracker's result


inputs = tf.keras.Input(shape=(3,))
model = NoTracker(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05))
batch_losses = []
record = tf.keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: batch_losses.append(logs["loss"])  # each batch's logs
)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0, callbacks=[record])
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("each epoch logs its last batch's loss:", losses == batch_losses[3::4])
# --8<-- [end:no_tracker]


# --8<-- [start:compiled_loss]
class Keras2Step(tf.keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compiled_loss(y, y_pred, regularization_losses=self.losses)
        gradients = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(gradients, self.trainable_variables, strict=True))
        self.compiled_metrics.update_state(y, y_pred)
        return {m.name: m.result() for m in self.metrics}


inputs = tf.keras.Input(shape=(3,))
model = Keras2Step(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
y_pred = model.predict(x, verbose=0)  # the predictions of the one step below
history = model.fit(x, y, epochs=1, batch_size=64, verbose=0)  # one step on all 64 samples
logged = history.history["loss"][0]
print("logged 'loss' is the mean squared error:", bool(np.isclose(logged, np.mean((y - y_pred) ** 2))))
print("logged 'loss' is the mean prediction:", bool(np.isclose(logged, np.mean(y_pred))))
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:compiled_loss]
