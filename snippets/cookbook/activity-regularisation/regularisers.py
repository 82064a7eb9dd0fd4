# --8<-- [start:activity]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu", activity_regularizer=keras.regularizers.L2(0.01))(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)

model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss="mean_squared_error",
    metrics=["mean_squared_error"],  # the same error, without the regularisation term
)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print(sorted(history.history))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:activity]

# --8<-- [start:what_is_added]
result = model.evaluate(x, y, batch_size=64, verbose=0, return_dict=True)  # one batch of 64
model(x)  # a call on the same batch: model.losses holds its regularisation term
penalty = float(keras.ops.sum(model.losses))
h = keras.ops.convert_to_numpy(keras.Model(inputs, hidden)(x))

print("terms:", len(model.losses))
print("penalty == 0.01 * sum(h**2) / batch size:", np.isclose(penalty, 0.01 * np.sum(h**2) / 64))
error = result["mean_squared_error"]
print("loss == mean_squared_error + penalty:", np.isclose(result["loss"], error + penalty))
# --8<-- [end:what_is_added]


# --8<-- [start:custom]
@keras.saving.register_keras_serializable(package="cookbook")
class SumToOne(keras.regularizers.Regularizer):
    """Pushes each column of a kernel to sum to 1: rate * sum((column sum - 1)**2)."""

    def __init__(self, rate=0.01):
        self.rate = rate

    def __call__(self, kernel):
        return self.rate * keras.ops.sum(keras.ops.square(keras.ops.sum(kernel, axis=0) - 1.0))

    def get_config(self):
        return {"rate": self.rate}


inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu", kernel_regularizer=SumToOne(0.01))(inputs)
outputs = keras.layers.Dense(1, kernel_regularizer=keras.regularizers.L2(0.001))(hidden)
model = keras.Model(inputs, outputs)

model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print("terms:", len(model.losses))  # one per regularised kernel
model(x[:8])
first = float(keras.ops.sum(model.losses))
model(x[8:40])
print("weight penalty the same for any batch:", np.isclose(first, float(keras.ops.sum(model.losses))))
# --8<-- [end:custom]
