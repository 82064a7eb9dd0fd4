# --8<-- [start:recipe]
import jax
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def squared_error(y, y_pred):  # your loss: any computation on this batch's tensors
    return keras.ops.mean(keras.ops.square(y - y_pred))


class CustomModel(keras.Model):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loss_tracker = keras.metrics.Mean(name="loss")

    def compute_loss_and_updates(self, trainable_variables, non_trainable_variables, x, y, training=False):
        y_pred, non_trainable_variables, losses = self.stateless_call(
            trainable_variables, non_trainable_variables, x, training=training, return_losses=True
        )
        # losses: this call's add_loss terms and regularizers, computed from these variables
        return squared_error(y, y_pred) + sum(losses), non_trainable_variables

    def train_step(self, state, data):
        trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables = state
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)  # _: sample_weight, unused by this loss
        grad_fn = jax.value_and_grad(self.compute_loss_and_updates, has_aux=True)
        (loss, non_trainable_variables), grads = grad_fn(
            trainable_variables, non_trainable_variables, x, y, training=True
        )
        trainable_variables, optimizer_variables = self.optimizer.stateless_apply(
            optimizer_variables, grads, trainable_variables
        )
        # metrics_variables: the variables of self.metrics, here the tracker's alone
        metrics_variables = self.loss_tracker.stateless_update_state(metrics_variables, loss)
        logs = {"loss": self.loss_tracker.stateless_result(metrics_variables)}
        state = trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables
        return logs, state

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
    def test_step(self, state, data):
        trainable_variables, non_trainable_variables, metrics_variables = state
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        loss, non_trainable_variables = self.compute_loss_and_updates(
            trainable_variables, non_trainable_variables, x, y, training=False
        )
        metrics_variables = self.loss_tracker.stateless_update_state(metrics_variables, loss)
        logs = {"loss": self.loss_tracker.stateless_result(metrics_variables)}
        return logs, (trainable_variables, non_trainable_variables, metrics_variables)


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
    def compute_loss_and_updates(self, trainable_variables, non_trainable_variables, x, y, training=False):
        y_pred, non_trainable_variables = self.stateless_call(
            trainable_variables, non_trainable_variables, x, training=training
        )
        return squared_error(y, y_pred), non_trainable_variables

    def train_step(self, state, data):
        trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables = state
        x, y = data
        grad_fn = jax.value_and_grad(self.compute_loss_and_updates, has_aux=True)
        (loss, non_trainable_variables), grads = grad_fn(
            trainable_variables, non_trainable_variables, x, y, training=True
        )
        trainable_variables, optimizer_variables = self.optimizer.stateless_apply(
            optimizer_variables, grads, trainable_variables
        )
        state = trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables
        return {"loss": loss}, state  # the loss itself, not a tracker's result


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
class Keras2Step(NoTracker):
    def compute_loss_and_updates(self, trainable_variables, non_trainable_variables, x, y, training=False):
        y_pred, non_trainable_variables = self.stateless_call(
            trainable_variables, non_trainable_variables, x, training=training
        )
        return self.compiled_loss(y, y_pred), non_trainable_variables  # as in Keras 2


inputs = keras.Input(shape=(3,))
model = Keras2Step(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:compiled_loss]


# --8<-- [start:compute_loss]
class Keras3Step(keras.Model):
    def train_step(self, state, data):
        trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables = state
        x, y, sample_weight = keras.utils.unpack_x_y_sample_weight(data)
        # Keras's own stateless forward pass and compiled loss + add_loss terms, which also
        # updates the per-output loss trackers in metrics_variables
        grad_fn = jax.value_and_grad(self.compute_loss_and_updates, has_aux=True)
        (_, (loss, y_pred, non_trainable_variables, metrics_variables)), grads = grad_fn(
            trainable_variables,
            non_trainable_variables,
            metrics_variables,
            x,
            y,
            sample_weight,
            training=True,
            optimizer_variables=optimizer_variables,
        )
        trainable_variables, optimizer_variables = self.optimizer.stateless_apply(
            optimizer_variables, grads, trainable_variables
        )
        mapping = list(zip(self.metrics_variables, metrics_variables, strict=True))
        with keras.StatelessScope(state_mapping=mapping) as scope:
            for metric in self.metrics:
                if metric.name == "loss":
                    metric.update_state(loss)
            logs = self.compute_metrics(x, y, y_pred, sample_weight)  # compiled metrics; every result
        metrics_variables = [scope.get_current_value(v) for v in self.metrics_variables]
        state = trainable_variables, non_trainable_variables, optimizer_variables, metrics_variables
        return logs, state


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
