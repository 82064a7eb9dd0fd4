# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
inputs.shape = (None, 3, 1)  # reshape in place, as with a NumPy array
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
as_sequence = keras.ops.expand_dims(inputs, axis=-1)  # a new KerasTensor
half = keras.ops.cast(inputs, "float16")  # a new KerasTensor
print(inputs.shape, "->", as_sequence.shape, "|", inputs.dtype, "->", half.dtype)

features = keras.layers.Flatten()(keras.layers.Conv1D(4, 2)(as_sequence))
model = keras.Model(inputs, keras.layers.Dense(1)(features))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]

# --8<-- [start:dtype]
import keras

inputs = keras.Input(shape=(3,))
inputs.dtype = "float16"
# --8<-- [end:dtype]

# --8<-- [start:sparse]
import keras

inputs = keras.Input(shape=(3,))
inputs.sparse = True
# --8<-- [end:sparse]

# --8<-- [start:ragged]
import keras

inputs = keras.Input(shape=(3,))
inputs.ragged = True
# --8<-- [end:ragged]

# --8<-- [start:ragged_rank]
import keras

inputs = keras.Input(shape=(None,), ragged=True)
inputs.ragged_rank = 1
# --8<-- [end:ragged_rank]

# --8<-- [start:row_splits_dtype]
import keras

inputs = keras.Input(shape=(None,), ragged=True)
inputs.row_splits_dtype = "int32"
# --8<-- [end:row_splits_dtype]

# --8<-- [start:new_instance]
import keras

sparse_inputs = keras.Input(shape=(3,), sparse=True)  # sparse, from the start
ragged = keras.KerasTensor(shape=(None, None), ragged=True, ragged_rank=1, row_splits_dtype="int32")
print(sparse_inputs.sparse, "|", ragged.ragged, ragged.ragged_rank, ragged.row_splits_dtype)
# --8<-- [end:new_instance]
