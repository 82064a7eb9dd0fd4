# --8<-- [start:every_name]
import keras.backend as K

removed = ["mean", "square", "sum", "sqrt", "shape", "int_shape", "gradients", "function",
           "get_session", "placeholder", "random_normal", "variable", "eval", "get_value",
           "set_value", "learning_phase"]  # fmt: skip
for name in removed:
    try:
        getattr(K, name)
    except AttributeError as e:
        print(f"K.{name}: {type(e).__name__}: {e}")
# --8<-- [end:every_name]
