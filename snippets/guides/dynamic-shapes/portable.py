# --8<-- [start:build_time]
import keras
from keras import ops

inputs = keras.Input(shape=(6,))
print("inputs.shape:", inputs.shape, "| ops.shape(inputs):", ops.shape(inputs))
print("batch dimension:", inputs.shape[0])
# --8<-- [end:build_time]

# --8<-- [start:arithmetic]
import keras

inputs = keras.Input(shape=(6,))
half_batch = inputs.shape[0] // 2
# --8<-- [end:arithmetic]

# --8<-- [start:reshape]
import keras
from keras import ops

inputs = keras.Input(shape=(6,))
print("Reshape((2, 3)):", keras.layers.Reshape((2, 3))(inputs).shape)  # target shape without the batch
print("ops.reshape(x, (-1, 2, 3)):", ops.reshape(inputs, (-1, 2, 3)).shape)
try:
    print("Reshape((None, 2, 3)):", keras.layers.Reshape((None, 2, 3))(inputs).shape)  # an axis too many
except TypeError as e:
    print(f"Reshape((None, 2, 3)): TypeError: {e}")
# --8<-- [end:reshape]

# --8<-- [start:trains]
import keras
import numpy as np
from keras import ops


class PairsWithBias(keras.layers.Layer):
    """(batch, 6) -> (batch, 2, 3), plus a learned (batch, 2, 3) offset: batch-size-free."""

    def build(self, input_shape):
        self.offset = self.add_weight(shape=(1, 2, 3), initializer="zeros")

    def call(self, x):
        pairs = ops.reshape(x, (-1, 2, 3))  # -1: whatever this batch's size is
        batch = ops.shape(x)[0]  # this batch's size, at run time
        return pairs + ops.broadcast_to(self.offset, (batch, 2, 3))


keras.utils.set_random_seed(0)
x = np.random.rand(50, 6).astype("float32")  # 50 = 3 batches of 16 and one of 2
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(6,))
hidden = keras.layers.Flatten()(PairsWithBias()(inputs))
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mse")
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
print("predict on 7 samples:", model.predict(x[:7], verbose=0).shape)
# --8<-- [end:trains]
