from .pages import CharterPage, MaturityLevel, PrinciplePage

__all__ = ["CharterPage", "MaturityLevel", "PrinciplePage"]
